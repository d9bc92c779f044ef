/** WebGL detection: software rasterisers never count as hardware. */
import { isHardwareRenderer } from '../../client/src/graph/webgl';

describe('isHardwareRenderer', () => {
  it('takes a GPU for hardware', () => {
    for (const r of [
      'ANGLE (NVIDIA, NVIDIA GeForce RTX 3060 Direct3D11 vs_5_0 ps_5_0, D3D11)',
      'ANGLE (Intel, Mesa Intel(R) UHD Graphics 620 (KBL GT2), OpenGL 4.6)',
      'Apple M2',
      'Mali-G78',
    ])
      expect(isHardwareRenderer(r)).toBe(true);
  });

  it('takes SwiftShader, llvmpipe, the Basic Render Driver and an empty name for software', () => {
    for (const r of [
      'ANGLE (Google, Vulkan 1.3.0 (SwiftShader Device (Subzero) (0x0000C0DE)), SwiftShader driver)',
      'Google SwiftShader',
      'llvmpipe (LLVM 15.0.6, 256 bits)',
      'ANGLE (Microsoft, Microsoft Basic Render Driver Direct3D11 vs_5_0 ps_5_0, D3D11)',
      '',
    ])
      expect(isHardwareRenderer(r)).toBe(false);
  });
});
