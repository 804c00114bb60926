using CareServices.Assessment.Api;
using CareServices.Assessment.Api.Api.Appeals;
using CareServices.Assessment.Api.Api.Assessments;
using CareServices.Assessment.Api.Api.Catalogue;
using CareServices.Assessment.Api.Api.Decisions;
using CareServices.Assessment.Api.Api.FollowUp;
using CareServices.Assessment.Api.Api.Goals;
using CareServices.Assessment.Api.Api.Intake;
using CareServices.Assessment.Api.Api.Legal;
using CareServices.Assessment.Api.Api.Municipalities;
using CareServices.Assessment.Api.Api.Recipients;
using CareServices.ServiceDefaults;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddAssessmentServices();

var app = builder.Build();

// The legal-basis overrides are checked now: a wrong one stops the start instead of failing or misleading letters.
app.Services.GetRequiredService<LegalBases>();

app.MapDefaultEndpoints();
app.MapMunicipalitiesApi();
app.MapRecipientsApi();
app.MapResourcePersonsApi();
app.MapKeyCodeApi();
app.MapCatalogueApi();
app.MapDecisionsApi();
app.MapLegalBasesApi();
app.MapAppealsApi();
app.MapAdvanceNoticesApi();
app.MapRecipientEndingsApi();
app.MapIntakeApi();
app.MapGoalsApi();
app.MapAssessmentsApi();
app.MapFollowUpApi();
app.MapPreventiveCandidatesApi();

app.Run();

/// <summary>Entry point, public so integration tests can host the service in-process.</summary>
public partial class Program;
