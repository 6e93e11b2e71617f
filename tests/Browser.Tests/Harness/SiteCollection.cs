namespace MotCua.Browser.Tests.Harness;

/// <summary>Every browser test shares one handler, one Azurite and one Chromium.</summary>
[CollectionDefinition(Name)]
public sealed class SiteCollection : ICollectionFixture<SiteFixture>
{
    public const string Name = "Site";
}
