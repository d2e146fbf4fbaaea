import { useParams } from "wouter";
import { ProfileContent } from "@/features/authorities/components/authority-profile.tsx";
import { ProfilePreview } from "@/features/workspace/components/profile-preview.tsx";

/** The workspace's preview of the public profile, drawn by the public profile's own component. */
export function ManagePreviewRoute() {
  const { gss = "" } = useParams<{ gss: string }>();
  return (
    <ProfilePreview gss={gss}>
      {(profile) => <ProfileContent profile={profile} now={new Date()} />}
    </ProfilePreview>
  );
}
