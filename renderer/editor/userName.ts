// The name a person gives once (in the claims panel): on their comments and sign-offs, and on
// their cursor in other windows.
export const USER_NAME_KEY = 'redaksi:user-name';
