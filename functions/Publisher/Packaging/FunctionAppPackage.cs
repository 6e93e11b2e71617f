namespace MotCua.Publisher.Packaging;

/// <summary>A laid-out Functions app folder, ready to zip and deploy.</summary>
public sealed record FunctionAppPackage(string Directory, string ExecutablePath, IReadOnlyList<FunctionDefinition> Functions);
