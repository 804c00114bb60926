using Microsoft.Net.Http.Headers;

namespace CareServices.Assessment.Api.Api.Recipients;

/// <summary>
/// A recipient's version as an HTTP entity tag: <c>ETag: "7"</c> on reads and writes, <c>If-Match: "7"</c> on a
/// change makes it apply only to that version (412 otherwise), so an editor cannot overwrite what they never saw.
/// </summary>
public static class RecipientVersionHeaders
{
    public static void SetETag(HttpResponse response, int version) => response.Headers.ETag = $"\"{version}\"";

    /// <summary>
    /// Reads <c>If-Match</c>: no header (or <c>*</c>) gives null, meaning any version; a list gives the versions it
    /// names. False when the header is not a list of entity tags.
    /// </summary>
    public static bool TryReadIfMatch(HttpRequest request, out IReadOnlyList<int>? versions)
    {
        versions = null;
        if (request.Headers.IfMatch.Count == 0)
        {
            return true;
        }
        if (!EntityTagHeaderValue.TryParseList(request.Headers.IfMatch, out var tags))
        {
            return false;
        }
        if (tags.Any(t => t.Equals(EntityTagHeaderValue.Any)))
        {
            return true;
        }
        var parsed = new List<int>(tags.Count);
        foreach (var tag in tags)
        {
            // Weak tags never match under If-Match (RFC 9110, strong comparison).
            if (tag.IsWeak || !int.TryParse(tag.Tag.AsSpan().Trim('"'), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var version))
            {
                continue;
            }
            parsed.Add(version);
        }
        versions = parsed;
        return true;
    }
}
