namespace CareServices.Deploy.Generator.Kubernetes;

public static class Kustomize
{
    public const string ApiVersion = "kustomize.config.k8s.io/v1beta1";
    public const string ComponentApiVersion = "kustomize.config.k8s.io/v1alpha1";
    public const string FileName = "kustomization.yaml";
}
