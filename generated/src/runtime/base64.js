function base64Utf8(text) {
  const bytes = new TextEncoder().encode(text);
  let binary = "";
  for (let i = 0; i < bytes.length; i += 32768) {
    binary += String.fromCharCode(...bytes.subarray(i, i + 32768));
  }
  return btoa(binary);
}
function basicAuthorization(user, password) {
  return `Basic ${base64Utf8(`${user}:${password}`)}`;
}
export {
  base64Utf8,
  basicAuthorization
};
