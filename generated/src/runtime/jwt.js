function jwtExpiry(token) {
  const claims = jwtClaims(token);
  const exp = claims?.["exp"];
  return typeof exp === "number" && Number.isFinite(exp) ? exp : void 0;
}
function jwtClaims(token) {
  const parts = token.split(".");
  if (parts.length !== 3) return void 0;
  try {
    const payload = JSON.parse(base64UrlDecode(parts[1]));
    return payload !== null && typeof payload === "object" && !Array.isArray(payload) ? payload : void 0;
  } catch {
    return void 0;
  }
}
function base64UrlDecode(part) {
  const base64 = part.replace(/-/g, "+").replace(/_/g, "/");
  const binary = atob(base64 + "=".repeat((4 - base64.length % 4) % 4));
  const bytes = Uint8Array.from(binary, (c) => c.charCodeAt(0));
  return new TextDecoder().decode(bytes);
}
export {
  jwtClaims,
  jwtExpiry
};
