using StatiqSite.Cli;

return await Commands.Create().Parse(args).InvokeAsync();
