namespace CareServices.Bench.Planner.Mankowska;

/// <summary>The literature's size sets A–G, recognised by the number of patients alone.</summary>
internal static class SizeSet
{
    public static string Of(int patients) => patients switch
    {
        10 => "A",
        25 => "B",
        50 => "C",
        75 => "D",
        100 => "E",
        200 => "F",
        300 => "G",
        _ => $"n={patients}",
    };
}
