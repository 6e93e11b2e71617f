using Xunit;

namespace MotCua.TestSupport;

/// <summary>
/// The xunit collection sharing one Azurite (<see cref="AzuriteFixture"/>) across a test assembly:
/// mark test classes <c>[Collection(AzuriteCollection.Name)]</c> and take an <see cref="AzuriteFixture"/>
/// in the constructor. Every test project referencing TestSupport gets the collection definition compiled
/// in by tests/Directory.Build.targets (xunit reads definitions only from the test assembly itself).
/// </summary>
public abstract class AzuriteCollection : ICollectionFixture<AzuriteFixture>
{
    public const string Name = "Azurite";
}
