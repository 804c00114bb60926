using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using System.Text;
using CareServices.Assessment.Domain.Catalogue;
using CareServices.Assessment.Domain.Decisions;
using CareServices.Assessment.Domain.Legal;
using CareServices.Assessment.Domain.Municipalities;
using CareServices.Assessment.Domain.Recipients;

namespace CareServices.Assessment.Api.Api.Letters;

/// <summary>
/// The decision letter the recipient must get in writing (DOMAIN step 3): what is granted, how much, from when,
/// co-payment, the contact person, and the right to appeal as the legal-basis table gives it for the decision's
/// services and date (one paragraph per appeal route when services rest on laws with different routes). Printable
/// HTML; every value from the database is HTML-encoded.
/// </summary>
public static class DecisionLetter
{
    public sealed record Content(
        Decision Decision, Decision? Previous, Recipient Recipient, Municipality Municipality,
        IReadOnlyDictionary<string, ServiceType> Catalogue, string Language, IReadOnlyList<LegalBasis> Bases, DateOnly Today,
        string? AssignedContactPerson = null);

    public static string Render(Content content)
    {
        var (decision, previous, recipient, municipality, catalogue, language, bases, today, assigned) = content;
        var t = LetterTexts.For(language);
        var html = new StringBuilder();
        var title = decision.Status switch
        {
            DecisionStatus.Rejected => t.RejectedTitle,
            DecisionStatus.Terminated => t.TerminatedTitle,
            _ => t.GrantedTitle,
        };
        var letterDate = decision.DecidedAt is { } decidedAt ? DateOnly.FromDateTime(decidedAt.UtcDateTime) : today;
        html.Append(CultureInfo.InvariantCulture, $$"""
            <!DOCTYPE html>
            <html lang="{{t.Lang}}">
            <head><meta charset="utf-8"><title>{{E(title)}} {{E(decision.Number)}}</title>
            <style>{{Style}}</style></head>
            <body>
            <header><p>{{E(municipality.Name)}}</p><p>{{E(recipient.Name)}}<br>{{E(recipient.Address.Street)}}<br>{{E(recipient.Address.PostalCode)}} {{E(recipient.Address.City)}}</p></header>
            <h1>{{E(title)}}</h1>
            <p>{{E(t.DecisionNumber)}}: {{E(decision.Number)}} ({{decision.Version}})<br>{{E(t.Date)}}: {{D(letterDate)}}<br>{{E(t.LegalBasis)}}: {{E(decision.LegalBasis)}}</p>
            """);
        if (previous is not null)
        {
            html.Append(CultureInfo.InvariantCulture, $"<p>{E(string.Format(CultureInfo.InvariantCulture, t.ReplacesVersion, previous.Version, D(previous.ValidFrom)))}</p>\n");
        }

        if (decision.Status == DecisionStatus.Rejected)
        {
            html.Append(CultureInfo.InvariantCulture, $"<p>{E(t.RejectedIntro)}</p>\n<p>{E(decision.Reason)}</p>\n");
        }
        else
        {
            if (decision.Status == DecisionStatus.Terminated)
            {
                html.Append(CultureInfo.InvariantCulture, $"<p>{E(string.Format(CultureInfo.InvariantCulture, t.TerminatedIntro, D(decision.EndedOn!.Value)))}</p>\n<p>{E(decision.Reason)}</p>\n");
            }
            html.Append(CultureInfo.InvariantCulture, $"<p>{E(t.GrantedIntro)}</p>\n<p>{E(t.ValidFrom)}: {D(decision.ValidFrom)}<br>{E(t.ValidTo)}: {(decision.ValidTo is { } to ? D(to) : E(t.UntilFurtherNotice))}</p>\n");
            html.Append(CultureInfo.InvariantCulture, $"<table>\n<tr><th>{E(t.Service)}</th><th>{E(t.Amount)}</th><th>{E(t.When)}</th><th>{E(t.HoursPerWeek)}</th><th>{E(t.CoPayment)}</th></tr>\n");
            foreach (var line in decision.Lines.OrderBy(l => l.LineNumber))
            {
                var name = ServiceName(line, catalogue, language);
                var amount = string.Format(CultureInfo.InvariantCulture, t.MinutesPerVisit, line.MinutesPerVisit) + (line.DoubleStaffing ? $", {t.TwoStaff}" : "");
                html.Append(CultureInfo.InvariantCulture,
                    $"<tr><td>{E(name)}</td><td>{E(amount)}</td><td>{E(When(line.Pattern, t))}</td><td>{H(line.HoursPerWeek)}</td><td>{(line.CoPayment ? E(t.Yes) : "")}</td></tr>\n");
            }
            html.Append(CultureInfo.InvariantCulture, $"<tr><th colspan=\"3\">{E(t.TotalHours)}</th><th>{H(decision.HoursPerWeek)}</th><th></th></tr>\n</table>\n");
            if (decision.Lines.Any(l => l.CoPayment))
            {
                html.Append(CultureInfo.InvariantCulture, $"<p>{E(t.CoPaymentNote)}</p>\n");
            }
        }
        // The contact person Scheduling assigned (acting now) takes precedence over the case worker's free text.
        if (assigned is not null)
        {
            html.Append(CultureInfo.InvariantCulture, $"<p>{E(t.ContactPerson)}: {E(assigned)}</p>\n");
        }
        else if (decision.ContactPerson is { } contact)
        {
            html.Append(CultureInfo.InvariantCulture, $"<p>{E(t.ContactPerson)}: {E(contact.Name)}{(contact.Phone is null ? "" : $", {E(contact.Phone)}")}</p>\n");
        }
        html.Append(CultureInfo.InvariantCulture, $"<section class=\"appeal\"><h2>{E(t.AppealHeading)}</h2>\n");
        var routes = bases.GroupBy(b => (b.AppealRoute, b.AppealBody, b.AppealWeeks, b.AppealLaw)).ToList();
        foreach (var route in routes)
        {
            var services = string.Join(", ", decision.Lines.OrderBy(l => l.LineNumber)
                .Where(l => route.Any(b => b.Category == LegalCategories.For(l.ServiceCode, l.Kind)))
                .Select(l => ServiceName(l, catalogue, language)).Distinct());
            var text = route.Key.AppealRoute == AppealRoute.ThroughMunicipality
                ? string.Format(CultureInfo.InvariantCulture, t.AppealText, route.Key.AppealWeeks, municipality.Name, route.Key.AppealBody, route.Key.AppealLaw)
                : string.Format(CultureInfo.InvariantCulture, t.ComplaintText, route.Key.AppealBody, string.Join(", ", route.Select(b => b.Citation)), services);
            var scope = routes.Count > 1 && route.Key.AppealRoute == AppealRoute.ThroughMunicipality ? $"{services}: " : "";
            html.Append(CultureInfo.InvariantCulture, $"<p>{E(scope + text)}</p>\n");
        }
        html.Append("</section>\n</body>\n</html>\n");
        return html.ToString();
    }

    private static string ServiceName(ServiceLine line, IReadOnlyDictionary<string, ServiceType> catalogue, string language) =>
        language == "nn" && NynorskServiceNames.For(line.ServiceCode) is { } nynorsk ? nynorsk
        : catalogue.TryGetValue(line.ServiceCode, out var service) ? service.Name(language) : line.ServiceCode;

    private static string When(VisitPattern pattern, LetterTexts t)
    {
        var days = string.Join(", ", pattern.Days.Select(t.Day));
        var often = pattern.Kind switch
        {
            FrequencyKind.Daily => t.Daily,
            FrequencyKind.Weekdays => string.Format(CultureInfo.InvariantCulture, t.OnDays, days),
            FrequencyKind.EveryNWeeks => string.Format(CultureInfo.InvariantCulture, t.EveryNWeeks, pattern.IntervalWeeks, days),
            _ => string.Format(CultureInfo.InvariantCulture, t.TimesPerDay, pattern.TimesPerDay) + (pattern.Weekdays.Count > 0 ? $" ({days})" : ""),
        };
        var times = pattern.ExactTime is { } exact
            ? string.Format(CultureInfo.InvariantCulture, t.At, Clock(exact))
            : string.Join(", ", pattern.Windows.Select(w => $"{Clock(w.Start)}–{Clock(w.End)}"));
        return times.Length == 0 ? often : $"{often}, {times}";
    }

    private const string Style =
        "body{font-family:serif;max-width:48em;margin:2em auto}table{border-collapse:collapse;width:100%}" +
        "th,td{border:1px solid #999;padding:.3em;text-align:left}@media print{body{margin:0}}";

    private static string Clock(TimeOnly time) => time.ToString("HH:mm", CultureInfo.InvariantCulture);

    private static string D(DateOnly date) => date.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture);

    private static string H(decimal hours) => hours.ToString("0.##", CultureInfo.InvariantCulture);

    /// <summary>Encodes markup characters only, so Nordic letters stay readable in the source.</summary>
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    private static string E(string? text) => Encoder.Encode(text ?? "");
}
