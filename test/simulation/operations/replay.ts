import type { Operation } from '../operation';

/** An earlier keyed write sent again with its key: the first answer, word for word, and no second effect. */
export const replay: Operation = {
  name: 'replay',
  weight: 3,
  applicable: (world) => world.keyed.length > 0,
  async run(world) {
    const earlier = world.random.pick(world.keyed);
    const again = await world.post(earlier.token, earlier.path, earlier.body, earlier.key);
    world.expect('replay', again, { status: earlier.answer.status, code: earlier.answer.code });
    if (!again.replayed || JSON.stringify(again.body) !== JSON.stringify(earlier.answer.body)) {
      world.fail('replay did not give the first answer word for word', [earlier.answer.body, again.body]);
    }
    return `replay ${earlier.path}: ${again.status} (first answer)`;
  },
};
