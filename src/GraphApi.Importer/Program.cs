Console.Error.WriteLine("usage: GraphApi.Importer <corpus-folder-or-article-files> [--json FILE] [--graphml FILE]");
return 2;
