using System.Globalization;
using CareServices.Assessment.Domain.Identity;

namespace CareServices.Assessment.Domain.FollowUp;

/// <summary>
/// Reads a population-register export (docs/preventive-visit-candidates.md): UTF-8, semicolon-separated, a header
/// naming the columns in any order, one resident per line. Every bad line is reported with its number and field;
/// the caller imports nothing unless the whole file is clean.
/// </summary>
public static class PopulationRegisterCsv
{
    public static readonly IReadOnlyList<string> Columns = ["fodselsnummer", "fornavn", "etternavn", "fodselsdato", "adresse", "postnummer", "poststed"];

    public sealed record LineError(int Line, string Field, string Rule);

    public sealed record Result(IReadOnlyList<PopulationRegisterRow> Rows, IReadOnlyList<LineError> Errors);

    public static Result Read(TextReader reader, string country, DateOnly today)
    {
        var errors = new List<LineError>();
        var rows = new List<PopulationRegisterRow>();
        var header = reader.ReadLine()?.TrimStart('\uFEFF').Split(';').Select(h => h.Trim().ToLowerInvariant()).ToList();
        var missing = Columns.Where(c => header is null || !header.Contains(c)).ToList();
        if (missing.Count > 0)
        {
            return new Result([], [new LineError(1, "header", $"missing column(s): {string.Join(", ", missing)}; expected {string.Join(";", Columns)}")]);
        }
        var index = Columns.ToDictionary(c => c, c => header!.IndexOf(c));
        var number = 1;
        while (reader.ReadLine() is { } line)
        {
            number++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }
            var cells = line.Split(';');
            string Cell(string column) => index[column] < cells.Length ? cells[index[column]].Trim() : "";
            var before = errors.Count;
            var nationalId = Cell("fodselsnummer");
            if (!NationalIds.Check(country, nationalId, today).IsValid)
            {
                errors.Add(new LineError(number, "fodselsnummer", "is not a valid national id"));
            }
            if (!DateOnly.TryParseExact(Cell("fodselsdato"), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var born) || born > today)
            {
                errors.Add(new LineError(number, "fodselsdato", "must be a past date (yyyy-MM-dd)"));
            }
            var name = $"{Cell("fornavn")} {Cell("etternavn")}".Trim();
            if (Cell("etternavn").Length == 0 || name.Length > 200)
            {
                errors.Add(new LineError(number, "etternavn", "is required; the whole name at most 200 characters"));
            }
            if (errors.Count == before)
            {
                rows.Add(new PopulationRegisterRow(number, nationalId, name, born, Cell("adresse"), Cell("postnummer"), Cell("poststed")));
            }
        }
        return new Result(rows, errors);
    }
}
