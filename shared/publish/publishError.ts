// What an export that cannot be made throws: the person is told why, and nothing half-written is kept.
export class PublishError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PublishError';
  }
}
