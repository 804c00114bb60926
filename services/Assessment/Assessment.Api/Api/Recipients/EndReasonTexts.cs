using CareServices.Assessment.Domain.Recipients;

namespace CareServices.Assessment.Api.Api.Recipients;

/// <summary>The reason a termination letter gives when a recipient's services end, in the letter languages.</summary>
public static class EndReasonTexts
{
    public static string For(EndReason reason, string language) => (language, reason) switch
    {
        ("nn", EndReason.Died) => "Mottakaren er død.",
        ("nn", EndReason.Moved) => "Du har flytta frå kommunen.",
        ("nn", EndReason.LongTermCare) => "Du har fått langtidsopphald i institusjon.",
        ("nn", _) => "Du har ikkje lenger behov for tenestene.",
        ("sv", EndReason.Died) => "Mottagaren har avlidit.",
        ("sv", EndReason.Moved) => "Du har flyttat från kommunen.",
        ("sv", EndReason.LongTermCare) => "Du har flyttat till särskilt boende.",
        ("sv", _) => "Du har inte längre behov av insatserna.",
        ("da", EndReason.Died) => "Modtageren er død.",
        ("da", EndReason.Moved) => "Du er flyttet fra kommunen.",
        ("da", EndReason.LongTermCare) => "Du er flyttet i plejebolig.",
        ("da", _) => "Du har ikke længere behov for hjælpen.",
        ("en", EndReason.Died) => "The recipient has died.",
        ("en", EndReason.Moved) => "You have moved away from the municipality.",
        ("en", EndReason.LongTermCare) => "You have moved to long-term care.",
        ("en", _) => "You no longer need the services.",
        (_, EndReason.Died) => "Mottakeren er død.",
        (_, EndReason.Moved) => "Du har flyttet fra kommunen.",
        (_, EndReason.LongTermCare) => "Du har fått langtidsopphold i institusjon.",
        _ => "Du har ikke lenger behov for tjenestene.",
    };
}
