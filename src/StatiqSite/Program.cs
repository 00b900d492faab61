return await StatiqSite.Generator.RunAsync(args);
