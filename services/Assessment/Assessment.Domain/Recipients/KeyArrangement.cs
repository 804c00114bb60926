namespace CareServices.Assessment.Domain.Recipients;

/// <summary>
/// How staff get in. <see cref="ProtectedCode"/> is the key-box or lock code as ciphertext: the domain never holds
/// the plain code, so nothing that serialises a recipient can leak it.
/// </summary>
public sealed record KeyArrangement(KeyArrangementKind Kind, string? ProtectedCode, string? Location)
{
    public static readonly KeyArrangement None = new(KeyArrangementKind.None, null, null);
}
