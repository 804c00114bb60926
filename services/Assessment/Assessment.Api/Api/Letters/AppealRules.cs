using CareServices.Assessment.Domain.Municipalities;

namespace CareServices.Assessment.Api.Api.Letters;

/// <summary>
/// The right to appeal a decision, per country: deadline and where the appeal goes. The deadlines are
/// configuration (<c>Letters:AppealWeeks:NO</c> …) because law changes and a municipality's legal office must
/// confirm them; the defaults:
/// <list type="bullet">
/// <item>NO: 3 weeks (forvaltningsloven § 29), as the issue specifies. Note that complaints about health and care
/// services under pasient- og brukerrettighetsloven § 7-2 have four weeks (§ 7-5); a municipality that
/// applies that rule sets <c>Letters:AppealWeeks:NO</c> to 4.</item>
/// <item>SE: 3 weeks from the day the recipient was told of the decision (förvaltningslagen (2017:900) 44 §),
/// appeal to the förvaltningsrätt, sent to the municipality.</item>
/// <item>DK: 4 weeks from receipt (retssikkerhedsloven § 67), complaint sent to the municipality, which
/// reconsiders and forwards it to Ankestyrelsen.</item>
/// </list>
/// </summary>
public sealed class AppealRules(IConfiguration configuration)
{
    /// <summary>The deadline, the body that decides an upheld appeal, and the law the deadline comes from.</summary>
    public sealed record Rule(string Country, int Weeks, string AppealBody, string Law);

    public Rule For(string country)
    {
        var (weeks, body, law) = country switch
        {
            Countries.Sweden => (3, "förvaltningsrätten", "förvaltningslagen (2017:900) 44 §"),
            Countries.Denmark => (4, "Ankestyrelsen", "retssikkerhedsloven § 67"),
            _ => (3, "Statsforvalteren", "forvaltningsloven § 29"),
        };
        return new Rule(country, configuration.GetValue($"Letters:AppealWeeks:{country}", weeks), body, law);
    }
}
