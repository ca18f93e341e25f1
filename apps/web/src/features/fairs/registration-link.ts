/** The public page where people sign up for a fair on their own phone (the poster's QR code). */
export function getRegistrationPath(fairId: string): string {
  return `/fairs/${encodeURIComponent(fairId)}/register`;
}

export function getRegistrationUrl(fairId: string, origin: string = window.location.origin): string {
  return `${origin}${getRegistrationPath(fairId)}`;
}
