using CareServices.Activities.Api;
using CareServices.Activities.Api.Api;
using CareServices.Activities.Api.Api.Activities;
using CareServices.Activities.Api.Api.Calendar;
using CareServices.Activities.Api.Api.Interests;
using CareServices.Activities.Api.Api.Matching;
using CareServices.Activities.Api.Api.Organisers;
using CareServices.Activities.Api.Api.SignUps;
using CareServices.Activities.Api.Api.Volunteers;
using CareServices.ServiceDefaults;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddActivitiesServices();

var app = builder.Build();

app.MapDefaultEndpoints();
app.MapRecipientsApi();
app.MapOrganisersApi();
app.MapActivitiesApi();
app.MapCalendarApi();
app.MapPublicCalendarApi();
app.MapSignUpsApi();
app.MapVolunteersApi();
app.MapInterestsApi();
app.MapMatchingApi();

app.Run();

/// <summary>Entry point, public so integration tests can host the service in-process.</summary>
public partial class Program;
