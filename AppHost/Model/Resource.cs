namespace CareServices.AppHost.Model;

/// <summary>Something the distributed application runs or provides, known by its resource name.</summary>
public abstract class Resource(string name)
{
    /// <summary>Lowercase, no hyphens: the name services use in <c>ConnectionStrings__*</c> and <c>services__*</c>.</summary>
    public string Name { get; } = name;

    /// <summary>A short type name for operators (<c>postgres</c>, <c>project</c> …).</summary>
    public abstract string Kind { get; }

    /// <summary>Resources that must be ready before this one starts.</summary>
    public IList<Resource> WaitsFor { get; } = [];
}
