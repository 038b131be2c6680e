// @ts-check
const createNextIntlPlugin = require("next-intl/plugin");

const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

/** @type {import('next').NextConfig} */
const nextConfig = {
  // Packages with native binaries or WebAssembly are loaded by Node, not bundled.
  serverExternalPackages: ["@electric-sql/pglite", "pg", "pg-boss", "@node-rs/argon2", "pino", "nodemailer", "@react-pdf/renderer"],
  poweredByHeader: false,
  typedRoutes: false,
  experimental: {
    // proxy.ts sees every request, so Next.js buffers request bodies for it, by default up to 10 MB
    // (a longer body is cut short). Attachments may be 20 MB, plus the multipart envelope.
    proxyClientMaxBodySize: "21mb",
    // Imports of replies (up to 10 MB) are sent to a server action base64-encoded (a third more).
    serverActions: { bodySizeLimit: "14mb" },
  },
  // Static security headers; the Content-Security-Policy (with a per-request nonce) and HSTS are set in proxy.ts.
  async headers() {
    return [
      {
        source: "/:path*",
        headers: [
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
          { key: "X-Frame-Options", value: "DENY" },
          { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
        ],
      },
    ];
  },
};

module.exports = withNextIntl(nextConfig);
