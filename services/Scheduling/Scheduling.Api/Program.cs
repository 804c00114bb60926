using CareServices.Scheduling.Api;
using CareServices.Scheduling.Api.Api.Plans;
using CareServices.Scheduling.Api.Api.Recipients;
using CareServices.Scheduling.Api.Api.Kpis;
using CareServices.Scheduling.Api.Api.Staff;
using CareServices.Scheduling.Api.Api.Visits;
using CareServices.Scheduling.Api.Api.Worklists;
using CareServices.ServiceDefaults;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddSchedulingServices();

var app = builder.Build();

app.MapDefaultEndpoints();
app.MapRecipientsApi();
app.MapRecipientCareApi();
app.MapContactPersonsApi();
app.MapStaffApi();
app.MapRosterApi();
app.MapPlansApi();
app.MapWorkListsApi();
app.MapVisitsApi();
app.MapKpisApi();

app.Run();

/// <summary>Entry point, public so integration tests can host the service in-process.</summary>
public partial class Program;
