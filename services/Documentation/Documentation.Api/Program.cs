using CareServices.Documentation.Api;
using CareServices.Documentation.Api.Api;
using CareServices.Documentation.Api.Api.Access;
using CareServices.Documentation.Api.Api.Journal;
using CareServices.ServiceDefaults;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddDocumentationServices();

var app = builder.Build();

app.MapDefaultEndpoints();
app.MapRecipientsApi();
app.MapRecordAccessApi();
app.MapEmergencyReviewApi();
app.MapJournalApi();

app.Run();

/// <summary>Entry point, public so integration tests can host the service in-process.</summary>
public partial class Program;
