using Microsoft.AspNetCore.Builder;
using StatiqSite.Publishing;

namespace StatiqSite.Preview;

/// <summary>Sends the production security headers on every preview response, errors included.</summary>
public static class PreviewHeaders
{
    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        foreach (var header in SecurityHeaders.All)
        {
            context.Response.Headers[header.Name] = header.Value;
        }

        await next(context);
    });
}
