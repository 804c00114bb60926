using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using CareServices.Assessment.Domain.Appeals;
using CareServices.Assessment.Domain.Municipalities;
using CareServices.Assessment.Domain.Recipients;

namespace CareServices.Assessment.Api.Api.Letters;

/// <summary>
/// The letter sent when the municipality upholds its decision (in whole or in part) and forwards the appeal: to whom,
/// when, whether it was late, and the municipality's assessment. Printable HTML; every stored value is HTML-encoded.
/// </summary>
public static class ForwardingLetter
{
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    public static string Render(Appeal appeal, Recipient recipient, Municipality municipality, string language)
    {
        var t = ForwardingLetterTexts.For(language);
        var title = F(t.Title, appeal.AppealBody);
        var html = new StringBuilder();
        html.Append(CultureInfo.InvariantCulture, $$"""
            <!DOCTYPE html>
            <html lang="{{t.Lang}}">
            <head><meta charset="utf-8"><title>{{E(title)}}</title></head>
            <body>
            <header><p>{{E(municipality.Name)}}</p><p>{{E(recipient.Name)}}<br>{{E(recipient.Address.Street)}}<br>{{E(recipient.Address.PostalCode)}} {{E(recipient.Address.City)}}</p></header>
            <h1>{{E(title)}}</h1>
            <p>{{E(F(t.Body, D(appeal.ReceivedOn), appeal.DecisionNumber, municipality.Name, appeal.AppealBody, D(appeal.ForwardedOn!.Value)))}}</p>

            """);
        if (appeal.Reconsideration == AppealOutcome.ReversedInPart)
        {
            html.Append(CultureInfo.InvariantCulture, $"<p>{E(t.PartlyReversed)}</p>\n");
        }
        if (appeal.Late)
        {
            html.Append(CultureInfo.InvariantCulture, $"<p>{E(F(t.Late, appeal.AppealBody))}</p>\n");
        }
        if (appeal.ReconsiderationNote is { } note)
        {
            html.Append(CultureInfo.InvariantCulture, $"<p>{E(t.MunicipalityNote)}</p>\n<p>{E(note)}</p>\n");
        }
        html.Append(CultureInfo.InvariantCulture, $"<p>{E(F(t.WhatNext, appeal.AppealBody))}</p>\n</body>\n</html>\n");
        return html.ToString();
    }

    private static string F(string format, params object[] values) => string.Format(CultureInfo.InvariantCulture, format, values);

    private static string D(DateOnly date) => date.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture);

    private static string E(string? text) => Encoder.Encode(text ?? "");
}
