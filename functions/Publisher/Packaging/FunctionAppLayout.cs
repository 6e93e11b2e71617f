namespace MotCua.Publisher.Packaging;

/// <summary>
/// Lays out the folder the Functions host runs: the handler's publish output at the root, host.json,
/// one folder per function holding only its function.json, and a local.settings.json sample for Core Tools.
/// </summary>
public static class FunctionAppLayout
{
    public const string LocalSettingsFileName = "local.settings.json";


    // Not secret: the same values a developer uses against Azurite. Azure ignores this file.
    private const string LocalSettings = """
        {
          "IsEncrypted": false,
          "Values": {
            "FUNCTIONS_WORKER_RUNTIME": "custom",
            "AzureWebJobsStorage": "UseDevelopmentStorage=true",
            "Storage__ConnectionString": "UseDevelopmentStorage=true",
            "Site__ServeStatic": "false"
          }
        }

        """;

    private const UnixFileMode Executable = UnixFileMode.UserExecute | UnixFileMode.GroupExecute | UnixFileMode.OtherExecute;

    /// <summary>Replaces <paramref name="outputDirectory"/> (empty or a previous package) with the app folder.</summary>
    /// <exception cref="FormatException">host.json or a function.json is wrong (the message names the file).</exception>
    /// <exception cref="IOException">The output folder cannot be used or the publish output lacks the handler.</exception>
    public static FunctionAppPackage Build(FunctionAppSources sources, string outputDirectory)
    {
        var hostJson = HostJsonFile.Load(sources.HostJsonPath);
        var functions = LoadFunctions(sources.FunctionsDirectory);
        if (!Directory.Exists(sources.PublishDirectory))
        {
            throw new IOException($"{sources.PublishDirectory}: the handler's publish output does not exist");
        }

        var output = Path.GetFullPath(outputDirectory);
        PrepareOutput(output, sources);
        CopyPublishOutput(sources.PublishDirectory, output, functions);
        File.Copy(hostJson.Path, Path.Combine(output, HostJsonFile.FileName), overwrite: true);
        foreach (var function in functions)
        {
            var folder = Directory.CreateDirectory(Path.Combine(output, function.Name)).FullName;
            File.Copy(Path.Combine(sources.FunctionsDirectory, function.Name, FunctionDefinition.FileName), Path.Combine(folder, FunctionDefinition.FileName));
        }

        File.WriteAllText(Path.Combine(output, LocalSettingsFileName), LocalSettings);
        var executable = Path.Combine(output, hostJson.ExecutablePath);
        if (!File.Exists(executable))
        {
            throw new IOException($"{sources.PublishDirectory}: no '{hostJson.ExecutablePath}' in the publish output, but host.json starts it (publish with -r linux-x64 --self-contained)");
        }

        // Zips made elsewhere lose the executable bit, and the host then cannot start the handler.
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(executable, File.GetUnixFileMode(executable) | Executable);
        }

        return new FunctionAppPackage(output, executable, functions);
    }

    private static List<FunctionDefinition> LoadFunctions(string functionsDirectory)
    {
        if (!Directory.Exists(functionsDirectory))
        {
            throw new IOException($"{functionsDirectory}: no function folders");
        }

        var functions = Directory.GetDirectories(functionsDirectory)
            .Order(StringComparer.Ordinal)
            .Select(FunctionDefinition.Load)
            .ToList();
        return functions.Count > 0 ? functions : throw new IOException($"{functionsDirectory}: no function folders");
    }

    private static void PrepareOutput(string output, FunctionAppSources sources)
    {
        foreach (var source in new[] { sources.PublishDirectory, sources.FunctionsDirectory, Path.GetDirectoryName(sources.HostJsonPath)! })
        {
            var full = Path.TrimEndingDirectorySeparator(Path.GetFullPath(source)) + Path.DirectorySeparatorChar;
            if (full.StartsWith(Path.TrimEndingDirectorySeparator(output) + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            {
                throw new IOException($"{output}: the output folder would contain the sources ({source}); choose an empty folder such as dist/functionapp");
            }
        }

        if (Directory.Exists(output) && Directory.EnumerateFileSystemEntries(output).Any())
        {
            // Only a previous package is replaced; anything else is someone's work.
            if (!File.Exists(Path.Combine(output, HostJsonFile.FileName)) || Directory.Exists(Path.Combine(output, ".git")))
            {
                throw new IOException($"{output}: not empty and not a previous package; choose an empty folder");
            }

            Directory.Delete(output, recursive: true);
        }

        Directory.CreateDirectory(output);
    }

    private static void CopyPublishOutput(string publishDirectory, string output, List<FunctionDefinition> functions)
    {
        foreach (var directory in Directory.GetDirectories(publishDirectory))
        {
            // Functions/ (copied by the csproj) stays: the handler reads its schedules there, and the host,
            // which looks for function.json one level down only, ignores a folder without one.
            var name = Path.GetFileName(directory);
            if (functions.Exists(f => string.Equals(f.Name, name, StringComparison.OrdinalIgnoreCase)))
            {
                throw new IOException($"{directory}: the publish output has a folder named like the function '{name}'; the host would read it as that function");
            }

            CopyTree(directory, Path.Combine(output, name));
        }

        foreach (var file in Directory.GetFiles(publishDirectory))
        {
            var name = Path.GetFileName(file);
            if (name is not (LocalSettingsFileName or HostJsonFile.FileName))
            {
                File.Copy(file, Path.Combine(output, name));
            }
        }
    }

    private static void CopyTree(string source, string target)
    {
        Directory.CreateDirectory(target);
        foreach (var file in Directory.GetFiles(source))
        {
            File.Copy(file, Path.Combine(target, Path.GetFileName(file)));
        }

        foreach (var directory in Directory.GetDirectories(source))
        {
            CopyTree(directory, Path.Combine(target, Path.GetFileName(directory)));
        }
    }
}
