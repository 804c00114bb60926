using System.Globalization;

namespace CareServices.Bench.Planner.Mankowska;

/// <summary>Best known values from a CSV with a <c>file</c> and a <c>bks</c> column, matched by file name.</summary>
internal static class BestKnownTable
{
    public static Dictionary<string, double> Read(string path)
    {
        var lines = File.ReadAllLines(path);
        var header = lines[0].Split(',');
        var fileColumn = Array.IndexOf(header, "file");
        var bksColumn = Array.IndexOf(header, "bks");
        if (fileColumn < 0 || bksColumn < 0)
        {
            throw new FormatException("The BKS table needs 'file' and 'bks' columns.");
        }

        var table = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var line in lines.Skip(1).Where(l => l.Length > 0))
        {
            var cells = line.Split(',');
            if (double.TryParse(cells[bksColumn], NumberStyles.Float, CultureInfo.InvariantCulture, out var bks))
            {
                table[cells[fileColumn]] = bks;
            }
        }

        return table;
    }
}
