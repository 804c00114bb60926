using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using CareServices.Assessment.Domain.Decisions;
using CareServices.Assessment.Domain.Municipalities;
using CareServices.Assessment.Domain.Recipients;

namespace CareServices.Assessment.Api.Api.Letters;

/// <summary>
/// The advance notice letter: what the municipality intends (reduce from, or end after, a date), why, and until when
/// the recipient may comment. Printable HTML; every stored value is HTML-encoded.
/// </summary>
public static class AdvanceNoticeLetter
{
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    // {0} decision number, {1} intended date, {2} municipality, {3} comments deadline.
    private sealed record Texts(string Lang, string Title, string Reduction, string Termination, string ReasonHeading, string Comments);

    private static Texts For(string language) => language switch
    {
        "nn" => new("nn", "Førehandsvarsel", "{2} kommune vurderer å redusere tenestene dine etter vedtak {0} frå {1}.",
            "{2} kommune vurderer å avslutte tenestene dine etter vedtak {0}. Siste dag med tenester vil vere {1}.",
            "Grunngjeving:", "Du kan uttale deg før vi gjer vedtak. Fristen for å uttale deg er {3}."),
        "sv" => new("sv", "Kommunicering före beslut", "{2} kommun överväger att minska dina insatser enligt beslut {0} från den {1}.",
            "{2} kommun överväger att avsluta dina insatser enligt beslut {0}. Sista dagen med insatser blir {1}.",
            "Skäl:", "Du har rätt att yttra dig innan beslut fattas. Ditt yttrande ska ha kommit in senast {3}."),
        "da" => new("da", "Partshøring", "{2} Kommune overvejer at nedsætte din hjælp efter afgørelse {0} fra den {1}.",
            "{2} Kommune overvejer at stoppe din hjælp efter afgørelse {0}. Sidste dag med hjælp vil være {1}.",
            "Begrundelse:", "Du har ret til at udtale dig, før der træffes afgørelse. Fristen for dine bemærkninger er {3}."),
        "en" => new("en", "Advance notice", "{2} municipality is considering reducing your services under decision {0} from {1}.",
            "{2} municipality is considering ending your services under decision {0}. The last day of services would be {1}.",
            "Reasons:", "You may comment before a decision is made. The deadline for your comments is {3}."),
        _ => new("nb", "Forhåndsvarsel", "{2} kommune vurderer å redusere tjenestene dine etter vedtak {0} fra {1}.",
            "{2} kommune vurderer å avslutte tjenestene dine etter vedtak {0}. Siste dag med tjenester vil være {1}.",
            "Begrunnelse:", "Du kan uttale deg før vi fatter vedtak. Fristen for å uttale deg er {3}."),
    };

    public static string Render(AdvanceNotice notice, Recipient recipient, Municipality municipality, string language)
    {
        var t = For(language);
        var intent = string.Format(CultureInfo.InvariantCulture, notice.Kind == AdvanceNoticeKind.Reduction ? t.Reduction : t.Termination,
            notice.DecisionNumber, D(notice.IntendedDate), municipality.Name, D(notice.CommentsDeadline!.Value));
        var comments = string.Format(CultureInfo.InvariantCulture, t.Comments, notice.DecisionNumber, D(notice.IntendedDate), municipality.Name, D(notice.CommentsDeadline!.Value));
        var html = new StringBuilder();
        html.Append(CultureInfo.InvariantCulture, $$"""
            <!DOCTYPE html>
            <html lang="{{t.Lang}}">
            <head><meta charset="utf-8"><title>{{E(t.Title)}} {{E(notice.DecisionNumber)}}</title></head>
            <body>
            <header><p>{{E(municipality.Name)}}</p><p>{{E(recipient.Name)}}<br>{{E(recipient.Address.Street)}}<br>{{E(recipient.Address.PostalCode)}} {{E(recipient.Address.City)}}</p></header>
            <h1>{{E(t.Title)}}</h1>
            <p>{{E(intent)}}</p>
            <p>{{E(t.ReasonHeading)}}</p>
            <p>{{E(notice.Reason)}}</p>
            <p>{{E(comments)}}</p>
            </body>
            </html>

            """);
        return html.ToString();
    }

    private static string D(DateOnly date) => date.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture);

    private static string E(string? text) => Encoder.Encode(text ?? "");
}
