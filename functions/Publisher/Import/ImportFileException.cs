namespace MotCua.Publisher.Import;

/// <summary>A file the importer cannot use (old format, password, corrupt, empty, inconsistent); the message says which and why, in Vietnamese.</summary>
internal sealed class ImportFileException(string message) : Exception(message);
