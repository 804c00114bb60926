namespace CareServices.Deploy.Generator;

/// <summary>The folder holding CareServices.sln, found upward from a start folder.</summary>
internal static class RepositoryRoot
{
    public static string Find(string start)
    {
        for (var directory = new DirectoryInfo(start); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "CareServices.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"No CareServices.sln above {start}.");
    }
}
