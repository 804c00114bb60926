using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;

namespace CareServices.Activities.Api.Api.Calendar;

/// <summary>
/// The month as a printable page in Norwegian: large type, one month, by date, one line per activity with time,
/// place, organiser and phone, transport and accessibility — the sheet hung up where recipients meet.
/// </summary>
public static class PrintableCalendar
{
    private static readonly CultureInfo Norwegian = CultureInfo.GetCultureInfo("nb-NO");

    // Encodes markup characters only; æ, ø, å stay readable in the page source.
    private static readonly HtmlEncoder Html = HtmlEncoder.Create(UnicodeRanges.All);

    public static string Render(CalendarMonth month)
    {
        var html = Html;
        var title = $"Aktivitetskalender {Norwegian.DateTimeFormat.GetMonthName(month.Month)} {month.Year}";
        var page = new StringBuilder();
        page.Append(CultureInfo.InvariantCulture, $"""
            <!DOCTYPE html>
            <html lang="nb">
            <head>
            <meta charset="utf-8">
            <title>{html.Encode(title)}</title>
            <style>
              @page {"{"} size: A4; margin: 15mm; {"}"}
              body {"{"} font-family: Verdana, Arial, sans-serif; font-size: 20pt; line-height: 1.35; color: #000; background: #fff; {"}"}
              h1 {"{"} font-size: 30pt; margin: 0 0 0.4em; {"}"}
              h2 {"{"} font-size: 22pt; border-bottom: 2px solid #000; margin: 0.8em 0 0.2em; page-break-after: avoid; {"}"}
              ul {"{"} list-style: none; padding: 0; margin: 0; {"}"}
              li {"{"} margin: 0.2em 0 0.6em; page-break-inside: avoid; {"}"}
              .time {"{"} font-weight: bold; {"}"}
              .details {"{"} font-size: 16pt; {"}"}
            </style>
            </head>
            <body>
            <h1>{html.Encode(title)}{(month.Zone is null ? "" : " – " + html.Encode(month.Zone))}</h1>

            """);
        if (month.Days.Count == 0)
        {
            page.Append("<p>Ingen aktiviteter denne måneden.</p>\n");
        }
        foreach (var day in month.Days)
        {
            var heading = Norwegian.TextInfo.ToTitleCase(day.Date.ToString("dddd d. MMMM", Norwegian));
            page.Append(CultureInfo.InvariantCulture, $"<h2>{html.Encode(heading)}</h2>\n<ul>\n");
            foreach (var entry in day.Entries)
            {
                var details = new List<string> { entry.Place };
                if (entry.Organiser.Length > 0)
                {
                    details.Add($"{entry.Organiser}, tlf. {entry.OrganiserPhone}");
                }
                if (entry.TransportOffered)
                {
                    details.Add("Transport tilbys");
                }
                if (entry.WheelchairAccessible)
                {
                    details.Add("Rullestoltilgjengelig");
                }
                if (entry.HearingLoop)
                {
                    details.Add("Teleslynge");
                }
                details.Add(entry.Cost > 0 ? string.Create(Norwegian, $"Pris {entry.Cost:0.##} kr") : "Gratis");
                if (entry.SeatsLeft is { } seats)
                {
                    details.Add(seats == 0 ? "Fullt – venteliste" : $"{seats} ledige plasser");
                }
                page.Append(CultureInfo.InvariantCulture,
                    $"<li><span class=\"time\">{entry.Start:HH\\:mm}–{entry.End:HH\\:mm}</span> {html.Encode(entry.Title)}<br><span class=\"details\">{html.Encode(string.Join(" · ", details))}</span></li>\n");
            }
            page.Append("</ul>\n");
        }
        page.Append("</body>\n</html>\n");
        return page.ToString();
    }
}
