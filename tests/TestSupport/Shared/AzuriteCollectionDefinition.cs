// Compiled into each test project that references TestSupport (see tests/Directory.Build.targets).
namespace MotCua.TestSupport;

/// <summary>Declares the shared Azurite collection in this test assembly.</summary>
[Xunit.CollectionDefinition(AzuriteCollection.Name)]
public sealed class AzuriteCollectionDefinition : AzuriteCollection;
