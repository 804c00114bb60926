using CareServices.Assessment.Api;
using CareServices.Assessment.Api.Api;
using CareServices.ServiceDefaults;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddAssessmentServices();

var app = builder.Build();

app.MapDefaultEndpoints();
app.MapRecipientsApi();

app.Run();

/// <summary>Entry point, public so integration tests can host the service in-process.</summary>
public partial class Program;
