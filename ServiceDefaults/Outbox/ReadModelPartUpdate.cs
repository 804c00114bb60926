using System.Globalization;
using System.Text;

namespace CareServices.ServiceDefaults.Outbox;

/// <summary>
/// The one statement that applies another aggregate's event to some columns of an existing read-model row, such as a
/// recipient's contact persons, which Scheduling versions apart from Assessment's version of the recipient. The columns
/// change only when the event's version is newer than the one applied to them; an event without a version (from a
/// release before versions) applies by time, only while no versioned one has been applied. No read precedes the
/// update, so arrival order and replicas do not matter (see <see cref="ReadModelUpsert"/>). The statement answers
/// whether the row exists, so a consumer can wait for it (<c>ReadModelNotReadyException</c>) instead of losing the event.
/// </summary>
public static class ReadModelPartUpdate
{
    /// <summary>
    /// The statement for <c>Database.SqlQueryRaw&lt;bool&gt;</c>. It binds the columns' values in order, then the row's
    /// id, the tenant (when <paramref name="tenantColumn"/> is given), when the event happened, and its version.
    /// </summary>
    public static string Sql(string table, IReadOnlyList<string> columns, string versionColumn, string asOfColumn, string? tenantColumn = null)
    {
        if (columns.Count == 0)
        {
            throw new ArgumentException("At least one column is updated.", nameof(columns));
        }
        var next = columns.Count;
        var id = next++;
        var tenant = tenantColumn is null ? -1 : next++;
        var asOf = next++;
        var version = next;
        var row = tenantColumn is null ? $"id = {{{id}}}" : $"id = {{{id}}} AND {tenantColumn} = {{{tenant}}}";
        return new StringBuilder()
            .Append(CultureInfo.InvariantCulture, $"WITH applied AS (UPDATE {table} SET ")
            .Append(string.Join(", ", columns.Select((c, i) => $"{c} = {{{i}}}")))
            .Append(CultureInfo.InvariantCulture, $", {asOfColumn} = {{{asOf}}}, {versionColumn} = COALESCE({{{version}}}::int, 0)")
            .Append(CultureInfo.InvariantCulture, $" WHERE {row} AND CASE WHEN {{{version}}}::int IS NULL")
            .Append(CultureInfo.InvariantCulture, $" THEN {versionColumn} = 0 AND ({asOfColumn} IS NULL OR {asOfColumn} < {{{asOf}}})")
            .Append(CultureInfo.InvariantCulture, $" ELSE {versionColumn} < {{{version}}}::int END)")
            .Append(CultureInfo.InvariantCulture, $" SELECT EXISTS (SELECT 1 FROM {table} WHERE {row}) AS \"Value\"")
            .ToString();
    }

    /// <summary>The values to bind, a null (no secondary, no version) as SQL NULL.</summary>
    public static object[] Values(params object?[] values) => [.. values.Select(value => value ?? DBNull.Value)];
}
