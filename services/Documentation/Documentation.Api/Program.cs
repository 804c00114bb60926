using CareServices.Documentation.Api;
using CareServices.Documentation.Api.Api;
using CareServices.Documentation.Api.Api.Access;
using CareServices.Documentation.Api.Api.Deviations;
using CareServices.Documentation.Api.Api.Exports;
using CareServices.Documentation.Api.Api.Journal;
using CareServices.Documentation.Api.Api.Measurements;
using CareServices.Documentation.Api.Api.Plans;
using CareServices.Documentation.Api.Api.Reports;
using CareServices.Documentation.Api.Api.Statistics;
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
app.MapVisitReportsApi();
app.MapImplementationPlansApi();
app.MapDeviationsApi();
app.MapMeasurementsApi();
app.MapFhirExportApi();
app.MapStatisticsApi();

app.Run();

/// <summary>Entry point, public so integration tests can host the service in-process.</summary>
public partial class Program;
