namespace CareServices.AppHost.Orchestration;

/// <summary>
/// One AppHost per server data folder: a second one (a second <c>./run.sh</c>) must neither reuse nor stop
/// the first one's servers and children.
/// </summary>
internal sealed class DataDirectoryLock : IDisposable
{
    private readonly FileStream _file;

    private DataDirectoryLock(FileStream file) => _file = file;

    public static DataDirectoryLock Acquire(string dataDirectory)
    {
        Directory.CreateDirectory(dataDirectory);
        var path = Path.Combine(dataDirectory, "apphost.lock");
        try
        {
            // FileShare.None takes an exclusive advisory lock on Unix; the kernel drops it if the process dies.
            return new DataDirectoryLock(new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None));
        }
        catch (IOException e)
        {
            throw new InvalidOperationException(
                $"Another AppHost is running with {dataDirectory}. Stop it first, or use --data-dir for a second set of servers.", e);
        }
    }

    public void Dispose() => _file.Dispose();
}
