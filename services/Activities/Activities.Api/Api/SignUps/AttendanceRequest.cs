namespace CareServices.Activities.Api.Api.SignUps;

public sealed record AttendanceRequest(bool? Attended);
