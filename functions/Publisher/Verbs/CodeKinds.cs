using MotCua.Domain.Codes;

namespace MotCua.Publisher.Verbs;

/// <summary>What a code is printed for, in the words the office uses (codes.yaml keeps `kind: procedure|board|counter`).</summary>
internal static class CodeKinds
{
    public static string Word(CodeKind kind) => kind switch
    {
        CodeKind.Procedure => "thủ tục",
        CodeKind.Board => "bảng",
        _ => "quầy",
    };
}
