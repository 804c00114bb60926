using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.Extensions.Configuration;

namespace CareServices.ServiceDefaults.DataProtection;

/// <summary>
/// The keys that protect a service's data at rest and are never stored in its database, read from one folder
/// (<c>DataProtection:KeyDirectory</c>; in Kubernetes a mounted Secret, locally <c>.data/</c>):
/// <list type="bullet">
/// <item><c>key-ring.pem</c>: a certificate with its private key that encrypts the Data Protection key ring;</item>
/// <item><c>national-id-hash.key</c>: 32 random bytes, base64, the HMAC-SHA256 key of national-id lookups.</item>
/// </list>
/// A database dump without this folder reveals neither. <c>DataProtection:CreateMissingKeys</c> (local runs and
/// tests only) makes the files at the first start; otherwise a missing file stops the service at start.
/// </summary>
public sealed class AtRestKeys
{
    public const string SectionName = "DataProtection";
    public const string KeyDirectoryKey = SectionName + ":KeyDirectory";
    public const string CreateMissingKeysKey = SectionName + ":CreateMissingKeys";
    public const string KeyRingFile = "key-ring.pem";
    public const string NationalIdHashFile = "national-id-hash.key";

    private AtRestKeys(X509Certificate2 keyRingCertificate, byte[] nationalIdHashKey)
    {
        KeyRingCertificate = keyRingCertificate;
        NationalIdHashKey = nationalIdHashKey;
    }

    /// <summary>Encrypts (public key) and decrypts (private key) the key ring's master keys.</summary>
    public X509Certificate2 KeyRingCertificate { get; }

    public byte[] NationalIdHashKey { get; }

    public static AtRestKeys Load(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var directory = configuration[KeyDirectoryKey] is { Length: > 0 } configured
            ? configured
            : throw new InvalidOperationException(
                $"{KeyDirectoryKey} is not set (DataProtection__KeyDirectory): the folder with {KeyRingFile} and {NationalIdHashFile}.");
        if (configuration.GetValue<bool>(CreateMissingKeysKey))
        {
            CreateMissing(directory);
        }
        return Load(directory);
    }

    public static AtRestKeys Load(string directory)
    {
        var keyRing = Path.Combine(directory, KeyRingFile);
        var hashKey = Path.Combine(directory, NationalIdHashFile);
        foreach (var file in new[] { keyRing, hashKey }.Where(file => !File.Exists(file)))
        {
            throw new InvalidOperationException($"{file} is missing: the service will not store protected data without its key.");
        }

        var certificate = X509Certificate2.CreateFromPemFile(keyRing);
        if (!certificate.HasPrivateKey)
        {
            throw new InvalidOperationException($"{keyRing} holds no private key: the key ring could be written but never read.");
        }
        var key = Convert.FromBase64String(File.ReadAllText(hashKey).Trim());
        return key.Length >= 32
            ? new AtRestKeys(certificate, key)
            : throw new InvalidOperationException($"{hashKey} must hold at least 256 bits (base64).");
    }

    /// <summary>
    /// Makes the files that are missing. Each is written to a temporary name and moved into place without
    /// overwriting, so hosts starting together on one folder agree on the first one written.
    /// </summary>
    public static void CreateMissing(string directory)
    {
        ArgumentNullException.ThrowIfNull(directory);
        var folder = Directory.CreateDirectory(directory);
        if (!OperatingSystem.IsWindows())
        {
            folder.UnixFileMode = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;
        }
        WriteOnce(Path.Combine(directory, KeyRingFile), SelfSignedKeyRingPem);
        WriteOnce(Path.Combine(directory, NationalIdHashFile), () => Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)));
    }

    private static void WriteOnce(string path, Func<string> content)
    {
        if (File.Exists(path))
        {
            return;
        }
        var temporary = $"{path}.{Guid.NewGuid():N}.tmp";
        File.WriteAllText(temporary, content());
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(temporary, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }
        try
        {
            File.Move(temporary, path, overwrite: false);
        }
        catch (IOException) when (File.Exists(path))
        {
            File.Delete(temporary);
        }
    }

    /// <summary>RSA 3072 (what deploy/create-secrets.sh makes with openssl); validity does not matter to Data Protection.</summary>
    private static string SelfSignedKeyRingPem()
    {
        using var rsa = RSA.Create(3072);
        var request = new CertificateRequest("CN=CareServices key ring", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.KeyEncipherment | X509KeyUsageFlags.DataEncipherment, critical: true));
        var now = DateTimeOffset.UtcNow;
        using var certificate = request.CreateSelfSigned(now.AddDays(-1), now.AddYears(30));
        return certificate.ExportCertificatePem() + "\n" + rsa.ExportPkcs8PrivateKeyPem() + "\n";
    }
}
