using CareServices.Notifications.Api;
using CareServices.Notifications.Api.Api;
using CareServices.ServiceDefaults;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddNotificationsServices();

var app = builder.Build();

app.MapDefaultEndpoints();
app.MapRecipientsApi();
app.MapPreferencesApi();
app.MapStaffApi();
app.MapFeedApi();
app.MapLettersApi();
app.MapNotificationsApi();
app.MapAlertsApi();

app.Run();

/// <summary>Entry point, public so integration tests can host the service in-process.</summary>
public partial class Program;
