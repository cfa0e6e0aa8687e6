import type { Plugin } from 'vite';

/**
 * The page's Content-Security-Policy: scripts, styles, fonts and frames
 * only from the page's own origin; images also from data: and blob: URLs
 * (chart exports are drawn through them); connections only to the page
 * itself and to the lead endpoint's origin when one is configured.
 */
export function contentSecurityPolicy(leadEndpoint: string | undefined) {
  const connect = ["'self'", ...originOf(leadEndpoint)].join(' ');
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    `connect-src ${connect}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self' mailto:",
  ].join('; ');
}

function originOf(url: string | undefined): string[] {
  if (!url) return [];
  try {
    return [new URL(url).origin];
  } catch {
    throw new Error(`VITE_LEAD_ENDPOINT is not a URL: «${url}»`);
  }
}

/**
 * Writes the policy into the built index.html as a meta tag, so that it
 * holds on any static host. Development builds go without it: Vite's dev
 * server injects inline scripts of its own.
 */
export function cspMetaTag(leadEndpoint: string | undefined): Plugin {
  return {
    name: 'cltv-csp',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: () => [
        {
          tag: 'meta',
          attrs: {
            'http-equiv': 'Content-Security-Policy',
            content: contentSecurityPolicy(leadEndpoint),
          },
          injectTo: 'head-prepend',
        },
      ],
    },
  };
}
