using System.Globalization;
using System.Text;

namespace CareServices.ServiceDefaults.Outbox;

/// <summary>
/// The one statement that applies an aggregate's event to a read model row: insert the row from the event's full
/// state, or replace it, but only when the event is newer (<c>version &lt; @v</c>). No read precedes it, so two replicas
/// (or two messages in one group) cannot interleave a read and a write, and the order events arrive in does not
/// matter: the newest version wins, an older one changes nothing, and an update that overtakes the registration
/// creates the row itself. The table needs <c>id</c> (primary key), <c>as_of</c> and <c>version</c> columns.
/// </summary>
public static class ReadModelUpsert
{
    /// <summary>
    /// The statement for <see cref="InboxConsumer{TMessage, TContext}.Execute"/>. It binds the columns' values in
    /// order, then <c>as_of</c> (when the event happened), then the event's aggregate version. A missing version (an
    /// event from a release before versions) counts as 1 and applies by time, only while the row has seen no newer
    /// version than its registration.
    /// </summary>
    /// <param name="table">The read model's table.</param>
    /// <param name="columns">Its columns, <c>id</c> first; <c>as_of</c> and <c>version</c> are added.</param>
    /// <param name="returning">An optional <c>RETURNING</c> list: a row comes back only when the event applied.</param>
    public static string Sql(string table, IReadOnlyList<string> columns, string? returning = null)
    {
        if (columns.Count == 0 || columns[0] != "id")
        {
            throw new ArgumentException("The first column must be the primary key, id.", nameof(columns));
        }
        var all = columns.Concat(["as_of", "version"]).ToList();
        var version = all.Count;
        var sql = new StringBuilder()
            .Append(CultureInfo.InvariantCulture, $"INSERT INTO {table} ({string.Join(", ", all)}) VALUES (")
            .Append(string.Join(", ", all.Select((_, i) => i + 1 == version ? $"COALESCE(${version}::int, 1)" : $"${i + 1}")))
            .Append(") ON CONFLICT (id) DO UPDATE SET ")
            .Append(string.Join(", ", all.Skip(1).Select(c => $"{c} = excluded.{c}")))
            .Append(CultureInfo.InvariantCulture, $" WHERE CASE WHEN ${version}::int IS NULL THEN {table}.version <= 1 AND {table}.as_of < excluded.as_of ELSE {table}.version < excluded.version END");
        if (returning is not null)
        {
            sql.Append(" RETURNING ").Append(returning);
        }
        return sql.ToString();
    }
}
