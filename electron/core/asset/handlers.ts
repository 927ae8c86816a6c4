/** The asset methods of the contract: images and the plain asset list. */
import type { StudioHandlers } from '../../shared/contract';
import type { StudioContext } from '../context';
import { insertAsset, listAssets } from '../project/asset-repo';
import { now } from '../project/ids';
import { detectImageMime } from '../project/image-types';

export function assetHandlers(
  context: Pick<StudioContext, 'current' | 'changed'>,
): Pick<StudioHandlers, 'asset.addImage' | 'asset.list'> {
  return {
    'asset.addImage': ({ name, dataBase64 }, { origin }) => {
      const bytes = Buffer.from(dataBase64, 'base64');
      const mime = detectImageMime(bytes, name);
      const asset = context
        .current()
        .transact((db) => insertAsset(db, { kind: 'image', name, mime, bytes }, now()));
      context.changed('assets', origin);
      return asset;
    },
    'asset.list': () => listAssets(context.current().db),
  };
}
