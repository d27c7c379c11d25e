function renewalTime(obtainedAt, expiresAt, marginMs) {
  if (expiresAt === void 0) return void 0;
  const lifetime = Math.max(0, expiresAt - obtainedAt);
  return expiresAt - Math.min(marginMs, lifetime / 2);
}
export {
  renewalTime
};
