namespace MotCua.Infra.Tests;

/// <summary>The test classes that read the compiled ARM templates share one compilation.</summary>
[CollectionDefinition(Name)]
public sealed class CompiledTemplatesCollection : ICollectionFixture<CompiledTemplates>
{
    public const string Name = "compiled templates";
}
