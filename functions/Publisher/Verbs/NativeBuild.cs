namespace MotCua.Publisher.Verbs;

/// <summary>
/// The verbs that write table rows (<c>stats</c>, <c>slips</c>) are left out of the native build: Azure's table client
/// binds entities by reflection, which the native compiler cannot keep. Behind <c>RuntimeFeature.IsDynamicCodeSupported</c>
/// their code is dropped from it, and the verb answers with where to find the .NET build that has it.
/// </summary>
public static class NativeBuild
{
    public static string Lacks(string verb) =>
        $"error: bản publisher biên dịch sẵn (native) không có lệnh {verb} (thư viện bảng của Azure không chạy được trong bản này); " +
        $"chạy bản .NET: dotnet run --project functions/Publisher -c Release -- {verb}";
}
