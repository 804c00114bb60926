using CareServices.Notifications.Domain.Delivery;
using CareServices.Notifications.Domain.Preferences;
using CareServices.ServiceDefaults.Problems;

namespace CareServices.Notifications.Api.Api;

/// <summary>Checks a preference request: channels and language must be among the allowed values (400, naming them).</summary>
public static class PreferenceValidator
{
    /// <summary>Channels a person can choose to be reached by; letters are the office's decision, not a preference.</summary>
    public static IReadOnlyList<string> Selectable { get; } = [Channel.Email.Name(), Channel.Sms.Name(), Channel.InApp.Name()];

    public static ValidationErrors Validate(PreferenceRequest request, out List<Channel> channels)
    {
        var errors = new ValidationErrors();
        channels = [];
        var given = request.Channels ?? [];
        for (var i = 0; i < given.Count; i++)
        {
            if (Selectable.Contains(given[i]) && Channels.TryParse(given[i], out var channel))
            {
                if (channels.Contains(channel))
                {
                    errors.Add($"channels[{i}]", $"'{given[i]}' is named twice");
                }
                channels.Add(channel);
            }
            else
            {
                errors.Add($"channels[{i}]", $"must be one of {string.Join(", ", Selectable)}");
            }
        }
        if (request.Language is not null && !Languages.IsSupported(request.Language))
        {
            errors.Add("language", $"must be one of {string.Join(", ", Languages.All)}");
        }
        return errors;
    }
}
