using CareServices.Seed;
using CareServices.Seed.Activities;
using CareServices.Seed.Identity;
using CareServices.Seed.Notifications;
using CareServices.Seed.Scheduling;

// Seeds the demo municipalities through the gateway, as a case worker would, so every event flows to the other
// services: dotnet run --project Seed -- --gateway http://localhost:8080 [--recipients 100] [--demo-users <file>]
var options = SeedOptions.Parse(args);
if (options is null)
{
    Console.Error.WriteLine("usage: dotnet run --project Seed -- --gateway <url> [--recipients <n, default 100>] [--demo-users <the identity provider's demo-user file>]");
    return 2;
}

using var gateway = new GatewayClient(options.Gateway);
var steigen = new MunicipalityPlan("1848", "Steigen", options.Recipients, SeedData.SteigenZones, Seed: 1848);
var oslo = new MunicipalityPlan("0301", "Oslo", 6, SeedData.OsloZones, Seed: 301);
foreach (var plan in new[] { steigen, oslo })
{
    var result = await new MunicipalitySeeder(gateway, plan).RunAsync();
    Console.WriteLine($"{plan.Number} {plan.Name}: {result.Created} recipients created, {result.Existing} already there, {result.Decisions} decisions granted");
}
// Activities and Scheduling need only the recipients: seed them side by side.
var activities = new ActivitiesSeeder(gateway, steigen.Number).RunAsync(options.Recipients, seed: 1848);
var scheduling = new SchedulingSeeder(gateway, steigen.Number, steigen.Zones, steigen.Recipients).RunAsync(DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, TimeZoneInfo.FindSystemTimeZoneById("Europe/Oslo")).DateTime));
var social = await activities;
Console.WriteLine($"{steigen.Number} {steigen.Name} activities: {social.Organisers} organisers, {social.Activities} activities, {social.Volunteers} volunteers, {social.Checklists} interest checklists created");
var teams = await scheduling;
Console.WriteLine($"{steigen.Number} {steigen.Name}: {teams.Staff} staff registered, {teams.ContactPersons} contact persons assigned, {teams.PublishedPlans} zone-days planned and published"
    + (teams.Visits > 0 ? $" ({teams.Visits - teams.Unassigned:N0} of {teams.Visits:N0} visits planned, {100.0 * (teams.Visits - teams.Unassigned) / teams.Visits:F1} %)" : ""));
var contacts = await new NotificationsSeeder(gateway, steigen.Number, "steigen.kommune.no", steigen.Zones).RunAsync();
Console.WriteLine($"{steigen.Number} {steigen.Name}: {contacts} staff contacts for notifications");
if (options.DemoUsersFile is { } demoUsersFile)
{
    var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, TimeZoneInfo.FindSystemTimeZoneById("Europe/Oslo")).DateTime);
    var users = await new DemoUsersSeeder(gateway, steigen, oslo.Number).WriteAsync(demoUsersFile, today);
    Console.WriteLine($"demo users who can sign in: {string.Join(", ", users.Keys)}");
}
return 0;
