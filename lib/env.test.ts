import { describe, expect, it } from "vitest";
import { parseEnv } from "./env";

describe("environment validation", () => {
  it("defaults to the embedded database without demo data (demo only by explicit choice)", () => {
    const env = parseEnv({});
    expect(env).toMatchObject({ isEmbeddedDatabase: true, isDemo: false, isOidcEnabled: false, PGLITE_DATA_DIR: ".data/pglite" });
    expect(parseEnv({ BRANDPILOT_DEMO: "true" }).isDemo).toBe(true);
    expect(parseEnv({ NODE_ENV: "production" }).isDemo).toBe(false);
  });

  it("refuses SSO-only mode without SSO settings", () => {
    expect(() => parseEnv({ AUTH_PASSWORD_SIGNIN: "false" })).toThrow(/AUTH_PASSWORD_SIGNIN/);
  });

  it("uses PostgreSQL without demo accounts when DATABASE_URL is set", () => {
    const env = parseEnv({ DATABASE_URL: "postgres://u@localhost:5432/db", NEXTAUTH_SECRET: "x".repeat(32) });
    expect(env).toMatchObject({ isEmbeddedDatabase: false, isDemo: false });
  });

  it("names the variable that is wrong", () => {
    expect(() => parseEnv({ DATABASE_URL: "mysql://nope" })).toThrow(/DATABASE_URL/);
    expect(() => parseEnv({ OIDC_ISSUER: "https://sso.example.com" })).toThrow(/OIDC_ISSUER, OIDC_CLIENT_ID and OIDC_CLIENT_SECRET must be set together/);
    expect(() => parseEnv({ NODE_ENV: "production", DATABASE_URL: "postgres://u@db/x" })).toThrow(/NEXTAUTH_SECRET is required/);
    expect(() => parseEnv({ SIGNIN_MAX_ATTEMPTS_PER_ACCOUNT: "zero" })).toThrow(/SIGNIN_MAX_ATTEMPTS_PER_ACCOUNT/);
  });

  it("switches SSO on when all three OIDC settings are present", () => {
    const env = parseEnv({ OIDC_ISSUER: "https://sso.example.com", OIDC_CLIENT_ID: "id", OIDC_CLIENT_SECRET: "secret" });
    expect(env.isOidcEnabled).toBe(true);
  });
});

describe("OUTBOUND_PRIVATE_NETWORKS", () => {
  it("defaults to the workspace setting and parses never and CIDR lists", () => {
    expect(parseEnv({}).outboundPrivateNetworks).toEqual({ mode: "workspace" });
    expect(parseEnv({ OUTBOUND_PRIVATE_NETWORKS: "never" }).outboundPrivateNetworks).toEqual({ mode: "never" });
    expect(parseEnv({ OUTBOUND_PRIVATE_NETWORKS: "10.20.0.0/16,fd00::/8" }).outboundPrivateNetworks).toMatchObject({ mode: "ranges", cidrs: ["10.20.0.0/16", "fd00::/8"] });
  });

  it("stops the process on a value that is neither", () => {
    expect(() => parseEnv({ OUTBOUND_PRIVATE_NETWORKS: "yes" })).toThrow(/OUTBOUND_PRIVATE_NETWORKS.*"yes" is not a CIDR range/);
    // A short form (read by ipaddr.js as 0.0.0.10/8), every address, and a range over loopback.
    expect(() => parseEnv({ OUTBOUND_PRIVATE_NETWORKS: "10/8" })).toThrow(/OUTBOUND_PRIVATE_NETWORKS.*"10\/8" is not a CIDR range/);
    expect(() => parseEnv({ OUTBOUND_PRIVATE_NETWORKS: "0.0.0.0/0" })).toThrow(/OUTBOUND_PRIVATE_NETWORKS.*admits every address/);
    expect(() => parseEnv({ OUTBOUND_PRIVATE_NETWORKS: "10.0.0.0/8,127.0.0.0/8" })).toThrow(/OUTBOUND_PRIVATE_NETWORKS.*includes loopback/);
  });
});

describe("empty values", () => {
  it("treats an empty variable as unset", () => {
    expect(parseEnv({ DATABASE_URL: "", OIDC_ISSUER: "" })).toMatchObject({ isEmbeddedDatabase: true, isOidcEnabled: false });
  });
});
